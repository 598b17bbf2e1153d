import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.internal.ToscaServiceImpl;
import org.vitruvian.tosca.internal.UrlCatalog;

/**
 * Parse and check one TOSCA file with Vitruvian's ToscaService, outside OSGi, as bench/tosca/run.sh
 * calls it: the first load (a cold JVM, as the CLI sees it) and the best of five more (warm), each
 * as wall time and as the CPU time of the loading thread (on a shared machine the wall time
 * mostly says how busy it is; the JIT compiler's and collector's threads are in the process's
 * CPU time that run.sh reports).
 *   java ToscaBench FILE
 */
public final class ToscaBench {

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        ToscaServiceImpl service = new ToscaServiceImpl(UrlCatalog.none());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ToscaDocument document = service.load(file, file.getFileName().toString());
        double first = (System.nanoTime() - start) / 1e9;
        double firstCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            service.load(file, file.getFileName().toString());
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        int nodes = document.template() == null || document.template().topology() == null ? 0
                : document.template().topology().nodeTemplates().size();
        System.out.printf("%s: %d node templates, %d findings (%s); first load %.3f s wall, %.3f s CPU; best of 5 more %.3f s wall,"
                + " %.3f s CPU%n", file.getFileName(), nodes, document.diagnostics().size(),
                document.diagnostics().isEmpty() ? "none" : document.diagnostics().get(0).format(), first, firstCpu, best, bestCpu);
    }
}
