package dev.shirabe.cli.manual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * A command's man page in troff (man(7) macros), from its picocli model: the same text as its
 * {@code --help}. Picocli's own ManPageGenerator writes AsciiDoc, which needs Asciidoctor (a
 * Ruby tool, not in this build) to become a page {@code man} reads; this writes the page itself.
 */
public final class ManPage {

  private static final Pattern LINE_START_CONTROL = Pattern.compile("(?m)^([.'])");

  private ManPage() {}

  /** The page's file name: the command's qualified name with hyphens, e.g. shirabe-report-ledger.1. */
  public static String fileName(CommandSpec spec) {
    return spec.qualifiedName("-") + ".1";
  }

  /** The page of {@code spec}; {@code version} goes in its header, e.g. "shirabe 0.1.0". */
  public static String render(CommandSpec spec, String version) {
    String name = spec.qualifiedName("-");
    CommandLine.Help help = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(
        CommandLine.Help.Ansi.OFF));
    StringBuilder out = new StringBuilder();
    out.append(".TH ").append(quoted(name.toUpperCase(Locale.ROOT))).append(" 1 \"\" ")
        .append(quoted(version)).append(" \"Shirabe Manual\"\n");
    // Option names and paths must not be broken at a hyphen the page did not write.
    out.append(".nh\n");
    out.append(".SH NAME\n").append(text(name)).append(" \\- ")
        .append(text(firstLine(spec))).append('\n');
    out.append(".SH SYNOPSIS\n.nf\n").append(text(help.synopsis(0).strip())).append("\n.fi\n");
    List<String> description = lines(spec.usageMessage().description());
    if (!description.isEmpty()) {
      out.append(".SH DESCRIPTION\n");
      paragraphs(out, description);
    }
    List<PositionalParamSpec> positionals = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        positionals.add(p);
      }
    }
    if (!positionals.isEmpty()) {
      out.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        item(out, "\\fI" + text(p.paramLabel()) + "\\fR", p);
      }
    }
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(o);
      }
    }
    if (!options.isEmpty()) {
      out.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        item(out, optionTerm(o), o);
      }
    }
    List<CommandSpec> subcommands = ReleaseDocs.subcommands(spec);
    if (!subcommands.isEmpty()) {
      out.append(".SH COMMANDS\n");
      for (CommandSpec sub : subcommands) {
        out.append(".TP\n\\fB").append(text(sub.name())).append("\\fR\n")
            .append(text(firstLine(sub))).append(" See \\fB")
            .append(text(sub.qualifiedName("-"))).append("\\fR(1).\n");
      }
    }
    List<String> footer = lines(spec.usageMessage().footer());
    if (!footer.isEmpty()) {
      out.append(".SH NOTES\n");
      paragraphs(out, footer);
    }
    List<String> seeAlso = new ArrayList<>();
    if (spec.parent() != null) {
      seeAlso.add(spec.parent().qualifiedName("-"));
    }
    for (CommandSpec sub : subcommands) {
      seeAlso.add(sub.qualifiedName("-"));
    }
    if (!seeAlso.isEmpty()) {
      out.append(".SH SEE ALSO\n");
      for (int i = 0; i < seeAlso.size(); i++) {
        out.append("\\fB").append(text(seeAlso.get(i))).append("\\fR(1)")
            .append(i + 1 < seeAlso.size() ? ",\n" : "\n");
      }
    }
    return out.toString();
  }

  /** The first line of a command's description, for NAME and COMMANDS. */
  static String firstLine(CommandSpec spec) {
    List<String> lines = lines(spec.usageMessage().description());
    return lines.isEmpty() ? "" : lines.get(0);
  }

  private static String optionTerm(OptionSpec o) {
    StringBuilder term = new StringBuilder();
    for (String n : o.names()) {
      term.append(term.length() == 0 ? "" : ", ").append("\\fB").append(text(n)).append("\\fR");
    }
    if (o.arity().max() > 0 && !o.paramLabel().isEmpty()) {
      term.append('=').append("\\fI").append(text(o.paramLabel())).append("\\fR");
    }
    return term.toString();
  }

  private static void item(StringBuilder out, String term, ArgSpec arg) {
    out.append(".TP\n").append(term).append('\n');
    // description() has picocli's variables (${DEFAULT-VALUE} and the like) filled in.
    out.append(text(String.join(" ", lines(arg.description())))).append('\n');
  }

  /** Blank lines start a new paragraph; the others are filled by troff. */
  private static void paragraphs(StringBuilder out, List<String> lines) {
    for (String line : lines) {
      out.append(line.isBlank() ? ".PP" : text(line)).append('\n');
    }
  }

  /** Description lines with picocli's %n line breaks applied. */
  private static List<String> lines(String[] described) {
    List<String> lines = new ArrayList<>();
    for (String d : described) {
      lines.addAll(List.of(d.replace("%n", "\n").split("\n", -1)));
    }
    return lines;
  }

  /** Text that troff prints as it is: no escapes, requests or hyphens turned into dashes. */
  static String text(String s) {
    String escaped = s.replace("\\", "\\e").replace("-", "\\-");
    return LINE_START_CONTROL.matcher(escaped).replaceAll("\\\\&$1");
  }

  private static String quoted(String s) {
    return '"' + text(s).replace("\"", "\\(dq") + '"';
  }
}
