package org.vitruvian.targets.kubernetes.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

import org.vitruvian.targets.kubernetes.internal.ClusterAccess;

/**
 * A SIMULATED Kubernetes API server: fabric8's kubernetes-server-mock in CRUD mode on loopback,
 * in a JVM of its own (releng/lib/simulated-k8s.sh). It stores and lists objects as an API server
 * does but runs nothing; the tests play the Job controller and the kubelet by writing the status
 * a cluster would. One server for the whole test run; it ends when this JVM does (its standard
 * input closes).
 */
final class SimulatedApiServer {

    /** A request the adapter sent: its method, path and query, and body. */
    record Request(String method, String uri, String body) {
    }

    private static Config config;
    private static Process process;

    private SimulatedApiServer() {
    }

    static synchronized Config config() {
        if (config != null) {
            return config;
        }
        Path repository = Path.of(System.getProperty("vitruvian.repo", "."));
        try {
            Path state = Files.createTempDirectory("vitruvian-simulated-k8s");
            Path log = state.resolve("server.log");
            process = new ProcessBuilder("bash", repository.resolve("releng/lib/simulated-k8s.sh").toString(), state.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Instant end = Instant.now().plus(Duration.ofMinutes(5));
            while (!Files.exists(state.resolve("port"))) {
                if (!process.isAlive() || Instant.now().isAfter(end)) {
                    throw new IllegalStateException("the simulated Kubernetes API server did not start:\n" + Files.readString(log));
                }
                Thread.sleep(100);
            }
            Path kubeconfig = state.resolve("kubeconfig");
            config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
            return config;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the simulated Kubernetes API server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the simulated Kubernetes API server", e);
        }
    }

    /** A client of the simulated server that records every request it sends into {@code requests}. */
    static KubernetesClient client(List<Request> requests) {
        Interceptor recorder = new Interceptor() {
            @Override
            public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
                requests.add(new Request(request.method(), request.uri().getRawPath()
                        + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()), request.bodyString()));
            }
        };
        return ClusterAccess.client(config(), new JdkHttpClientFactory(), builder -> builder.addOrReplaceInterceptor("record", recorder));
    }

    /** A client that records nothing: the test's own, playing the cluster. */
    static KubernetesClient client() {
        return client(new CopyOnWriteArrayList<>());
    }
}
