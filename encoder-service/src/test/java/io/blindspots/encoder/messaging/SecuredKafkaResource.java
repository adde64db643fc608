package io.blindspots.encoder.messaging;

import io.blindspots.events.Topics;
import io.blindspots.events.testing.SecuredKraftBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SASL_SSL-only in-JVM KRaft broker with ACLs, and encoder-service configured to log in to it with SCRAM as the
 * user {@value #ENCODER}, whose ACLs are exactly the encoder's topics and consumer group (as its Strimzi
 * {@code KafkaUser} in deploy/k8s). Three more logins: {@value #SUBMITTER} may only write run specs,
 * {@value #READER} only read what the encoder publishes, {@value #MALLORY} is a valid login without any ACL.
 */
public class SecuredKafkaResource implements QuarkusTestResourceLifecycleManager {

    static final String ENCODER = "encoder-service";
    static final String SUBMITTER = "submitter";
    static final String READER = "reader";
    static final String MALLORY = "mallory";
    static final String PASSWORD_SUFFIX = "-password";

    static SecuredKraftBroker broker;

    @Override
    public Map<String, String> start() {
        broker = SecuredKraftBroker.start(Path.of("target", "secured-kafka"));
        for (String user : List.of(ENCODER, SUBMITTER, READER, MALLORY)) {
            broker.addUser(user, user + PASSWORD_SUFFIX);
        }
        broker.allow(ENCODER, List.of(Topics.RUN_SPECS, Topics.RUN_EVENTS), List.of(Topics.RUN_SPECS,
                Topics.RUN_EVENTS, Topics.DATASET_BATCHES, Topics.RUN_SAMPLES, Topics.RUN_SPECS_REJECTED),
                List.of(ENCODER));
        broker.allow(SUBMITTER, List.of(), List.of(Topics.RUN_SPECS), List.of());
        broker.allow(READER, List.of(Topics.RUN_EVENTS, Topics.DATASET_BATCHES, Topics.RUN_SPECS_REJECTED),
                List.of(), List.of("test-reader-*"));
        Map<String, String> config = new HashMap<>(broker.serviceConfig(ENCODER, ENCODER + PASSWORD_SUFFIX));
        config.put("blindspots.encoder.text-csv-dir", "target/text-csv");
        return config;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
