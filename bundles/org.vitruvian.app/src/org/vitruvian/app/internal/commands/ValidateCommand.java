package org.vitruvian.app.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.json.Json;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check Vitruvian model files and report every problem with its file, line and column.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (YAML with apiVersion: vitruvian/v1).")
    List<Path> files;

    @Option(names = "--json", description = "Print the diagnostics as JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        DiagnosticReport report = new DiagnosticReport();
        ModelFileCheck check = new ModelFileCheck();
        for (Path file : files) {
            report.addAll(check.check(file));
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> value = new java.util.LinkedHashMap<>();
            value.put("files", files.stream().map(Path::toString).toList());
            value.putAll(report.toJsonValue());
            out.print(Json.stringify(value));
        } else {
            out.print(report.toText());
            out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(),
                    report.count(org.vitruvian.core.diagnostics.Severity.ERROR),
                    report.count(org.vitruvian.core.diagnostics.Severity.WARNING));
        }
        return report.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
    }
}
