package io.blindspots.events.testing;

import io.blindspots.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.List;
import java.util.Map;

/**
 * A real, single-node KRaft Kafka broker inside the test JVM (about 2 s to start), with the system's topics created.
 * Service ITs hand {@link #bootstrapServers()} to Quarkus from a test resource; tests of pure logic need none.
 */
public final class KraftBroker implements AutoCloseable {

    /** Partitions of every topic the broker creates: tests that need two keys on one partition hash with it. */
    public static final int PARTITIONS = 3;

    private final KafkaClusterTestKit cluster;

    private KraftBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Starts a combined broker+controller and creates every topic in {@link Topics#ALL} ({@link #PARTITIONS} each). */
    public static KraftBroker start() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            KraftBroker broker = new KraftBroker(cluster);
            broker.createTopics(Topics.ALL, PARTITIONS);
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("the in-JVM KRaft broker did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public void createTopics(List<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList()).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + names, e);
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("the in-JVM KRaft broker did not stop cleanly", e);
        }
    }
}
