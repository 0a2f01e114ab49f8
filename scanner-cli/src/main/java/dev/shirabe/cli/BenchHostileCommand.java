package dev.shirabe.cli;

import dev.shirabe.cli.hostile.HostileBench;
import dev.shirabe.cli.hostile.HostileCorpus;
import dev.shirabe.cli.hostile.Manifest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shirabe bench hostile}: the hostile corpus, generated alone or scanned as a user would. */
@Command(
    name = "hostile",
    mixinStandardHelpOptions = true,
    description = {
      "Generates the hostile corpus (mutations of the files under PATH; zip bombs, deep"
          + " nesting, entity expansion, XXE, a huge PDF stream, odd names, FIFOs, sockets,"
          + " links) in a temporary folder, runs the packaged `shirabe scan` over it as a child"
          + " process, and prints files made, accounted for, problems by reason, wall time, peak"
          + " RSS and peak temp space.",
      "Exits 1 when a regular file is not accounted for, data leaked, or the scan did not"
          + " exit 1. See docs/hostile-corpus.md.",
    },
    sortOptions = false)
final class BenchHostileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Folders whose files are mutated (default: test-corpus and"
          + " ../shared/corpus/{mail,office-ja}).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
      description = "Mutated files (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "The seed; the same seed makes the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--bomb-size", paramLabel = "SIZE", defaultValue = "5GB",
      converter = SourceOptions.SizeConverter.class,
      description = "What each zip bomb inflates to (default: ${DEFAULT-VALUE}).")
  long bombBytes;

  @Option(names = "--pdf-size", paramLabel = "SIZE", defaultValue = "200MB",
      converter = SourceOptions.SizeConverter.class,
      description = "What the PDF's one content stream inflates to (default: ${DEFAULT-VALUE}).")
  long pdfBytes;

  @Option(names = "--generate-only", paramLabel = "DIR",
      description = "Only write the corpus to DIR (DIR/corpus, DIR/MANIFEST.tsv,"
          + " DIR/outside) and scan nothing.")
  Path generateOnly;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Work in DIR and keep the corpus, the scan's output and its"
          + " standard error there.")
  Path keep;

  @Option(names = "--wall-limit", paramLabel = "SECONDS", defaultValue = "3600",
      description = "Kill the scan after SECONDS (default: ${DEFAULT-VALUE}).")
  int wallLimit;

  @Mixin SourceOptions source;

  @Override
  public Integer call() throws Exception {
    List<Path> sources = paths;
    if (count < 0 || wallLimit < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be 0 or more, --wall-limit 1 or more");
    }
    if (sources.isEmpty()) {
      Path repo = HostileBench.repository();
      sources = HostileCorpus.defaultSources(repo != null ? repo : Path.of("").toAbsolutePath());
    }
    for (Path p : sources) {
      if (!Files.isDirectory(p)) {
        throw new ParameterException(spec.commandLine(), "Not a folder to mutate: " + p
            + " (give the folders as PATH)");
      }
    }
    HostileCorpus.Sizes sizes = HostileCorpus.Sizes.full().withMutations(count)
        .withBombBytes(bombBytes).withPdfBytes(pdfBytes);
    PrintWriter out = spec.commandLine().getOut();
    if (generateOnly != null) {
      Manifest m = new HostileCorpus(seed, sizes, sources).generate(generateOnly);
      out.printf("%d files and special files in %s (%d regular); manifest %s%n",
          m.entries().size(), generateOnly.resolve(HostileCorpus.CORPUS), m.regularFiles(),
          generateOnly.resolve(Manifest.FILE_NAME));
      out.flush();
      return Main.NOTHING_FOUND;
    }
    HostileBench.Outcome outcome = HostileBench.run(new HostileBench.Settings(seed, sizes,
        sources, HostileBench.userCommand(), source.scanArguments(), Duration.ofSeconds(wallLimit),
        keep), out);
    return outcome.ok() ? 0 : 1;
  }
}
