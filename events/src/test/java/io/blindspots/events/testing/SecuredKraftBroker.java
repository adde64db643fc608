package io.blindspots.events.testing;

import io.blindspots.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker inside the test JVM whose client listener speaks only SASL_SSL: TLS with a
 * certificate made for this broker (keytool, PKCS12), SCRAM-SHA-512 logins, and Kafka's own {@link StandardAuthorizer}
 * with no access unless an ACL grants it. Users and ACLs are added through an admin connection of the broker's
 * super user; clients get their settings from {@link #clientConfig(String, String)}, exactly what a service's
 * {@code kafka.*} configuration holds in production.
 *
 * <p>The controller listener stays in plain text inside the JVM (its one client is the broker itself, whose principal
 * is a super user there); every client of the test reaches the broker through the SASL_SSL listener alone.
 */
public final class SecuredKraftBroker implements AutoCloseable {

    /** The mechanism every client logs in with. */
    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final String LISTENER = "SECURE";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-secret";
    private static final String STORE_PASSWORD = "store-secret";

    private final KafkaClusterTestKit cluster;
    private final Path truststore;

    private SecuredKraftBroker(KafkaClusterTestKit cluster, Path truststore) {
        this.cluster = cluster;
        this.truststore = truststore;
    }

    /** Starts the broker, creates every topic of {@link Topics#ALL} and the admin's SCRAM login. */
    public static SecuredKraftBroker start(Path directory) {
        try {
            Files.createDirectories(directory);
            Path keystore = directory.resolve("broker.p12");
            Path truststore = directory.resolve("truststore.p12");
            makeCertificate(directory, keystore, truststore);
            String plainAdmin = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                    + "\" password=\"" + ADMIN_PASSWORD + "\" user_" + ADMIN + "=\"" + ADMIN_PASSWORD + "\";";
            String listener = "listener.name." + LISTENER.toLowerCase() + ".";
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerListenerName(new ListenerName(LISTENER))
                    // the test kit builds SASL_PLAINTEXT nodes only; the protocol map below makes the listener TLS
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .build())
                    .setConfigProp("listener.security.protocol.map", LISTENER + ":SASL_SSL,CONTROLLER:PLAINTEXT")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // the broker's own inter-broker login is PLAIN as the super user; clients log in with SCRAM
                    .setConfigProp("sasl.enabled.mechanisms", "PLAIN," + MECHANISM)
                    .setConfigProp("sasl.mechanism.inter.broker.protocol", "PLAIN")
                    .setConfigProp(listener + "plain.sasl.jaas.config", plainAdmin)
                    .setConfigProp(listener + "scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .setConfigProp("ssl.keystore.location", keystore.toString())
                    .setConfigProp("ssl.keystore.password", STORE_PASSWORD)
                    .setConfigProp("ssl.key.password", STORE_PASSWORD)
                    .setConfigProp("ssl.keystore.type", "PKCS12")
                    .setConfigProp("ssl.truststore.location", truststore.toString())
                    .setConfigProp("ssl.truststore.password", STORE_PASSWORD)
                    .setConfigProp("ssl.truststore.type", "PKCS12")
                    .setConfigProp("authorizer.class.name", StandardAuthorizer.class.getName())
                    .setConfigProp(StandardAuthorizer.ALLOW_EVERYONE_IF_NO_ACL_IS_FOUND_CONFIG, "false")
                    // User:ANONYMOUS is the broker on its in-JVM plain-text controller listener
                    .setConfigProp(StandardAuthorizer.SUPER_USERS_CONFIG, "User:" + ADMIN + ";User:ANONYMOUS")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            SecuredKraftBroker broker = new SecuredKraftBroker(cluster, truststore);
            try (Admin admin = broker.admin()) {
                admin.createTopics(Topics.ALL.stream().map(t -> new NewTopic(t, KraftBroker.PARTITIONS, (short) 1))
                        .toList()).all().get(60, TimeUnit.SECONDS);
            }
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("the in-JVM SASL_SSL KRaft broker did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** A client's settings to log in as {@code user}: SASL_SSL, SCRAM-SHA-512, this broker's CA as the trust store. */
    public Map<String, Object> clientConfig(String user, String password) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrapServers());
        config.put("security.protocol", SecurityProtocol.SASL_SSL.name);
        config.put("sasl.mechanism", MECHANISM);
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        config.put("ssl.truststore.location", truststore.toString());
        config.put("ssl.truststore.password", STORE_PASSWORD);
        config.put("ssl.truststore.type", "PKCS12");
        return config;
    }

    /** The same settings as {@code kafka.*} Quarkus configuration of a service. */
    public Map<String, String> serviceConfig(String user, String password) {
        Map<String, String> config = new LinkedHashMap<>();
        clientConfig(user, password).forEach((key, value) -> config.put("kafka." + key, String.valueOf(value)));
        return config;
    }

    /** Adds a SCRAM-SHA-512 login. */
    public void addUser(String user, String password) {
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all()
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot add user " + user, e);
        }
    }

    /** Allows {@code user} the operations on the named topics and groups (literal names, or prefixes ending in *). */
    public void allow(String user, List<String> readTopics, List<String> writeTopics, List<String> groups) {
        List<AclBinding> acls = new ArrayList<>();
        readTopics.forEach(t -> {
            acls.add(acl(user, ResourceType.TOPIC, t, AclOperation.READ));
            acls.add(acl(user, ResourceType.TOPIC, t, AclOperation.DESCRIBE));
        });
        writeTopics.forEach(t -> {
            acls.add(acl(user, ResourceType.TOPIC, t, AclOperation.WRITE));
            acls.add(acl(user, ResourceType.TOPIC, t, AclOperation.DESCRIBE));
        });
        groups.forEach(g -> acls.add(acl(user, ResourceType.GROUP, g, AclOperation.READ)));
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the ACLs of " + user, e);
        }
    }

    private static AclBinding acl(String user, ResourceType type, String name, AclOperation operation) {
        boolean prefix = name.endsWith("*");
        return new AclBinding(new ResourcePattern(type, prefix ? name.substring(0, name.length() - 1) : name,
                prefix ? PatternType.PREFIXED : PatternType.LITERAL),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }

    private Admin admin() {
        Map<String, Object> config = clientConfig(ADMIN, ADMIN_PASSWORD);
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + ADMIN + "\" password=\"" + ADMIN_PASSWORD + "\";");
        return Admin.create(config);
    }

    /** A key pair and self-signed certificate for localhost in {@code keystore}, its certificate in {@code truststore}. */
    private static void makeCertificate(Path directory, Path keystore, Path truststore)
            throws IOException, InterruptedException {
        Path certificate = directory.resolve("broker.pem");
        for (Path stale : List.of(keystore, truststore, certificate)) {
            Files.deleteIfExists(stale);
        }
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker-ca", "-file", certificate.toString(), "-keystore",
                truststore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("the in-JVM SASL_SSL KRaft broker did not stop cleanly", e);
        }
    }
}
