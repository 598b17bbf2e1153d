package org.vitruvian.targets.kubernetes.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

import org.vitruvian.core.VitruvianHome;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;

/**
 * How Vitruvian reaches a site's cluster: the API server, the credentials and the namespace all
 * come from a kubeconfig file, never from a model file (a site model is shared and committed;
 * a token is not). The file is the site's own, {@code $VITRUVIAN_HOME/kube/SITE/config}, else
 * {@code $KUBECONFIG}, else {@code ~/.kube/config}; its context named as the site is used, else
 * its current context, and that context's namespace, else {@code default}.
 *
 * @param kubeconfig the file read
 * @param context    the context used, or null for the file's current one
 * @param namespace  where the site's Jobs go
 */
public record ClusterAccess(Path kubeconfig, String context, String namespace, Config config) {

    /** The cluster of {@code site}, as its kubeconfig says. */
    public static ClusterAccess of(Site site) throws TargetException {
        Path own = VitruvianHome.path().resolve("kube").resolve(site.getId().replaceAll("[^A-Za-z0-9._-]", "_")).resolve("config");
        String environment = System.getenv("KUBECONFIG");
        Path file = Files.isRegularFile(own) ? own
                : environment != null && !environment.isBlank() ? Path.of(environment.split(java.io.File.pathSeparator)[0])
                        : Path.of(System.getProperty("user.home"), ".kube", "config");
        if (!Files.isRegularFile(file)) {
            throw TargetException.permanent("site " + site.getId() + " is a Kubernetes site, but there is no kubeconfig: put the"
                    + " cluster's kubeconfig (from its operators or 'kubectl config view --raw --minify') in " + own);
        }
        try {
            String text = Files.readString(file);
            // A context named as the site makes one kubeconfig serve several sites.
            Config any = withBundleLoader(() -> Config.fromKubeconfig(null, text, file.toString()));
            boolean named = any.getContexts() != null && any.getContexts().stream().anyMatch(c -> site.getId().equals(c.getName()));
            String context = named ? site.getId() : null;
            Config config = named ? withBundleLoader(() -> Config.fromKubeconfig(context, text, file.toString())) : any;
            String namespace = config.getNamespace() == null || config.getNamespace().isBlank() ? "default" : config.getNamespace();
            return new ClusterAccess(file, context, namespace, config);
        } catch (IOException e) {
            throw TargetException.permanent("cannot read the kubeconfig " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw TargetException.permanent("the kubeconfig " + file + " of site " + site.getId() + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    /** A client of the cluster over the JDK's HTTP client (no vert.x, no OkHttp). */
    public KubernetesClient client() {
        return client(config, new JdkHttpClientFactory());
    }

    public static KubernetesClient client(Config config, HttpClient.Factory factory) {
        return client(config, factory, builder -> {
        });
    }

    /** A client whose HTTP client {@code adjust} may change: tests count the requests with an interceptor. */
    public static KubernetesClient client(Config config, HttpClient.Factory factory, Consumer<HttpClient.Builder> adjust) {
        return withBundleLoader(() -> new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(factory)
                .withHttpClientBuilderConsumer(adjust).build());
    }

    /**
     * Runs {@code action} with this bundle's class loader as the thread's context loader: the
     * client finds its implementation class by name through it, which in OSGi only a bundle that
     * imports the implementation's package can see.
     */
    static <T> T withBundleLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClusterAccess.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
