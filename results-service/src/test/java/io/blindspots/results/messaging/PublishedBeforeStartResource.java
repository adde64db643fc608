package io.blindspots.results.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.testing.KraftBroker;
import io.blindspots.events.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A broker that already holds {@value #RUNS} finished runs with {@value #EPOCHS} epochs of metrics each when
 * results-service starts, as after a restart of the service on a busy cluster.
 */
public class PublishedBeforeStartResource implements QuarkusTestResourceLifecycleManager {

    static final int RUNS = 40;
    static final int EPOCHS = 25;
    static KraftBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.start();
        try (TopicClient kafka = new TopicClient(broker.bootstrapServers())) {
            for (int r = 0; r < RUNS; r++) {
                RunSpec spec = spec(r);
                String id = spec.runId();
                kafka.send(Topics.RUN_EVENTS, id, Json.write(new RunEvent(id, RunEvent.Type.ACCEPTED,
                        "encoder-service", null, 1, null, spec, null)));
                kafka.send(Topics.RUN_EVENTS, id, Json.write(new RunEvent(id, RunEvent.Type.ENCODED,
                        "encoder-service", null, 2, null, null, Map.of("train", 100L, "signal", 100L,
                        "conflict", 100L, "clean", 100L, RunEvent.CLASSES, 10L))));
                for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                    for (Split split : Split.TEST_SPLITS) {
                        kafka.send(Topics.TRAINING_METRICS, id, Json.write(new MetricEvent(id, "kdd4", epoch, EPOCHS,
                                split, MetricNames.ACCURACY, epoch / 100.0, 3 + epoch)));
                    }
                }
                kafka.send(Topics.RUN_EVENTS, id, Json.write(new RunEvent(id, RunEvent.Type.MODEL_FINISHED,
                        "convnet-trainer", "kdd4", 100, null, null, null)));
            }
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    static RunSpec spec(int run) {
        return RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "none"}, "seed": %d,
                 "convnet": {"arch": "kdd4", "epochs": %d}}""".formatted(run, EPOCHS));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
