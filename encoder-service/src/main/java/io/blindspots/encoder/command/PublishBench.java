package io.blindspots.encoder.command;

import io.blindspots.encoder.domain.RunEncoder;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.encoder.domain.signal.Signal;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.encoder.messaging.EncoderPublisher;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.DatasetStreamCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * {@code bench-publish --bootstrap-servers H:P [--images N] [--runs R]}: the encoder's publish path against its named
 * reference on the same broker, alternating run after run. <em>encoder</em>: a run of N synthetic-shapes training
 * images (and 3 × N/5 test images, signal one-pixel) injected, encoded and published by the service's own classes
 * ({@link RunEncoder}, {@link EncoderPublisher}: acks all, idempotent) until every record is acknowledged;
 * <em>producer</em>: a plain {@link KafkaProducer} (acks all, its defaults otherwise) sending the same records, already
 * encoded, to the same topic, the two taking turns at going first. Prints the encoding alone (no Kafka), each run's
 * MB/s, the medians and the ratio encoder / producer.
 */
final class PublishBench {

    static final String NAME = "bench-publish";
    private static final int MAX_RECORD_BYTES = 900_000;

    private PublishBench() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String bootstrap = null;
        int images = 10_000;
        int runs = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bootstrap-servers" -> bootstrap = args[i + 1];
                case "--images" -> images = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> {
                    err.println(NAME + ": unknown option " + args[i]
                            + "; options: --bootstrap-servers, --images, --runs");
                    return 2;
                }
            }
        }
        if (bootstrap == null) {
            err.println(NAME + ": --bootstrap-servers is required");
            return 2;
        }
        RunSpec spec = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes", "trainLimit": %d, "testLimit": %d},
                 "signal": {"type": "one-pixel"}, "baselines": ["gaussian-nb"]}""".formatted(images, images / 5));
        Dataset dataset = SyntheticShapes.load(images, images / 5, spec.seed());
        Signal signal = Signals.create(spec.signal(), dataset);
        int perBatch = DatasetStreamCodec.samplesPerBatch(spec.runId(), dataset.shape(), MAX_RECORD_BYTES);
        List<byte[]> records = new ArrayList<>();
        RunEncoder.encode(spec, dataset, signal, perBatch, r -> records.add(DatasetStreamCodec.encode(r)));
        double megabytes = records.stream().mapToLong(r -> r.length).sum() / 1e6;
        out.printf(Locale.ROOT, "%d records, %.1f MB per run (%d training images, 3 x %d test images)%n",
                records.size(), megabytes, images, images / 5);
        double[] encodeOnly = new double[runs];
        for (int run = 0; run < runs; run++) { // the encoder's own work, no Kafka: what it adds to the producer's
            long start = System.nanoTime();
            long[] bytes = {0};
            RunEncoder.encode(spec, dataset, signal, perBatch, r -> bytes[0] += DatasetStreamCodec.encode(r).length);
            encodeOnly[run] = bytes[0] / 1e6 / ((System.nanoTime() - start) / 1e9);
        }
        out.printf(Locale.ROOT, "  inject + encode alone (no Kafka): %.1f MB/s (median of %d)%n", median(encodeOnly),
                runs);
        double[] encoder = new double[runs];
        double[] producer = new double[runs];
        EncoderPublisher publisher = new EncoderPublisher(Map.of("bootstrap.servers", bootstrap));
        try (KafkaProducer<String, byte[]> plain = plainProducer(bootstrap)) {
            for (int run = -1; run < runs; run++) { // run -1 warms both up and is not counted
                boolean encoderFirst = run % 2 == 0; // alternate which side meets the broker first
                double encoderSeconds = 0;
                double producerSeconds = 0;
                for (int side = 0; side < 2; side++) {
                    if ((side == 0) == encoderFirst) {
                        encoderSeconds = timeEncoder(publisher, spec, dataset, signal, perBatch);
                    } else {
                        producerSeconds = timeProducer(plain, spec.runId(), records);
                    }
                }
                if (run >= 0) {
                    encoder[run] = megabytes / encoderSeconds;
                    producer[run] = megabytes / producerSeconds;
                    out.printf(Locale.ROOT, "  run %d  encoder %7.1f MB/s  producer %7.1f MB/s%s%n", run + 1,
                            encoder[run], producer[run], encoderFirst ? "" : "  (producer first)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            err.println(NAME + ": the broker refused a record: " + e.getCause());
            return 1;
        } finally {
            publisher.close();
        }
        out.printf(Locale.ROOT, "RESULT encoder=%.1f producer=%.1f ratio=%.2f%n", median(encoder), median(producer),
                median(encoder) / median(producer));
        return 0;
    }

    /** Seconds for the encoder to inject, encode and publish the run until every record is acknowledged. */
    private static double timeEncoder(EncoderPublisher publisher, RunSpec spec, Dataset dataset, Signal signal,
                                      int perBatch) {
        long start = System.nanoTime();
        EncoderPublisher.Stream stream = publisher.stream();
        RunEncoder.encode(spec, dataset, signal, perBatch, stream::send);
        stream.confirm();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for the plain producer to send the already encoded records until every one is acknowledged. */
    private static double timeProducer(KafkaProducer<String, byte[]> plain, String key, List<byte[]> records)
            throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        records.forEach(r -> acks.add(plain.send(new ProducerRecord<>(Topics.DATASET_BATCHES, key, r))));
        plain.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static KafkaProducer<String, byte[]> plainProducer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.CLIENT_ID_CONFIG, "bench-plain-producer"),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
