import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

/**
 * A SIMULATED Kubernetes API server for tests: fabric8's kubernetes-server-mock in CRUD mode on
 * loopback. It stores, lists (by label selector), updates and deletes objects as an API server
 * does, but runs nothing: no scheduler, no Job controller, no kubelet. Tests write the status a
 * cluster would. Writes STATE/kubeconfig (a context "simulated", namespace "vitruvian-test") and
 * STATE/port, then runs until its standard input closes, so it ends with the test that started it.
 *
 *   java -cp CLASSPATH SimulatedApiServer.java STATE_DIR
 */
public final class SimulatedApiServer {

    public static void main(String[] arguments) throws IOException {
        Path state = Path.of(arguments[0]);
        Files.createDirectories(state);
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        int port = server.getPort();
        Files.writeString(state.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: simulated
                    cluster:
                      server: http://127.0.0.1:%d
                users:
                  - name: tester
                    user:
                      token: simulated-token
                contexts:
                  - name: simulated
                    context:
                      cluster: simulated
                      user: tester
                      namespace: vitruvian-test
                current-context: simulated
                """.formatted(port));
        // The port last, and whole: a reader that sees it may use the kubeconfig.
        Path partial = state.resolve("port.part");
        Files.writeString(partial, port + "\n");
        Files.move(partial, state.resolve("port"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("simulated Kubernetes API server on http://127.0.0.1:" + port);
        while (System.in.read() >= 0) {
            // Runs until the test that started it goes away.
        }
        server.destroy();
        System.exit(0);
    }
}
