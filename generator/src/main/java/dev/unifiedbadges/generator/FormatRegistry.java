package dev.unifiedbadges.generator;

import dev.unifiedbadges.site.SiteFormat;
import dev.unifiedbadges.tokens.CssFormat;
import dev.unifiedbadges.tokens.DtcgFormat;
import dev.unifiedbadges.tokens.JavaFormat;
import dev.unifiedbadges.tokens.JsFormat;
import dev.unifiedbadges.tokens.NpmFormat;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every output format a run can use: the built-in ones, then those third-party jars register with
 * {@link ServiceLoader}, sorted by id. The order is the one the site's downloads page lists them
 * in.
 */
public final class FormatRegistry {

  /**
   * The formats a run writes unless told otherwise: every built-in but {@code java} and {@code
   * npm}, which are opt-in (one writes into the project's sources, the other needs a valid package
   * name and a semver version from the project).
   */
  static final List<String> DEFAULT_IDS =
      List.of(CssFormat.ID, DtcgFormat.ID, JsFormat.ID, SnapshotFormat.ID, SiteFormat.ID);

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<String, OutputFormat> formats;

  private FormatRegistry(Map<String, OutputFormat> formats) {
    this.formats = formats;
  }

  /** The built-in formats only. */
  public static FormatRegistry builtIn() {
    try {
      return of(List.of(), "");
    } catch (FormatConfigurationException e) {
      throw new IllegalStateException(e); // the built-ins are valid
    }
  }

  /**
   * The built-in formats and these, in this order: for tools that register formats in code rather
   * than through a jar's service file.
   *
   * @throws FormatConfigurationException if a format has an invalid id or the id of another
   */
  public static FormatRegistry builtInAnd(List<? extends OutputFormat> formats)
      throws FormatConfigurationException {
    return of(List.copyOf(formats), "");
  }

  /**
   * The built-in formats and every format the class loader's {@code META-INF/services/}{@value
   * #SERVICE} files name.
   *
   * @throws FormatConfigurationException if a listed format cannot be loaded, has an invalid id, or
   *     has the id of another format
   */
  public static FormatRegistry discover(ClassLoader loader) throws FormatConfigurationException {
    List<OutputFormat> found = new ArrayList<>();
    Iterator<OutputFormat> it = ServiceLoader.load(OutputFormat.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        throw new FormatConfigurationException(
            "An output format could not be loaded: "
                + e.getMessage()
                + ". Fix: check the jar that lists it in"
                + " META-INF/services/"
                + SERVICE
                + " (a public class with a public no-argument constructor"
                + " implementing "
                + OutputFormat.class.getName()
                + "), or remove that jar from the plugin's"
                + " <dependencies>.",
            e);
      }
    }
    found.sort(
        Comparator.comparing(OutputFormat::id, Comparator.nullsFirst(Comparator.naturalOrder())));
    return of(found, " (found in " + SERVICE + " files)");
  }

  /** The service file name third-party jars list their formats in. */
  public static final String SERVICE = "dev.unifiedbadges.tokens.format.OutputFormat";

  private static FormatRegistry of(List<OutputFormat> thirdParty, String where)
      throws FormatConfigurationException {
    Map<String, OutputFormat> formats = new LinkedHashMap<>();
    List<OutputFormat> all =
        new ArrayList<>(
            List.of(
                new CssFormat(),
                new DtcgFormat(),
                new JsFormat(),
                new SnapshotFormat(),
                new SiteFormat(),
                new JavaFormat(),
                new NpmFormat()));
    all.addAll(thirdParty);
    for (OutputFormat format : all) {
      String id = format.id();
      if (id == null || !ID.matcher(id).matches()) {
        throw new FormatConfigurationException(
            "The output format "
                + format.getClass().getName()
                + where
                + " has the id '"
                + id
                + "', which is not"
                + " a lower-case kebab name such as 'scss' or 'pairings-csv'. Fix: change its id().");
      }
      OutputFormat other = formats.putIfAbsent(id, format);
      if (other != null) {
        throw new FormatConfigurationException(
            "Two output formats have the id '"
                + id
                + "': "
                + other.getClass().getName()
                + " and "
                + format.getClass().getName()
                + where
                + ". Fix: remove one of their jars from the plugin's"
                + " <dependencies>, or give one another id.");
      }
    }
    return new FormatRegistry(formats);
  }

  /** Every format, in registry order. */
  public List<OutputFormat> formats() {
    return List.copyOf(formats.values());
  }

  /** Every format's id, in registry order. */
  public List<String> ids() {
    return List.copyOf(formats.keySet());
  }

  /**
   * Checks a selection of formats and their options, and returns what the run will use.
   *
   * @param ids the selected formats' ids
   * @param options format options by {@code <id>.<key>}
   * @throws FormatConfigurationException for an unknown id, an option of an unknown format, or an
   *     option a format does not read, naming what is available
   */
  public FormatSelection select(Collection<String> ids, Map<String, String> options)
      throws FormatConfigurationException {
    Set<String> unknown = new TreeSet<>();
    Set<String> selected = new LinkedHashSet<>();
    for (String id : ids) {
      if (formats.containsKey(id)) {
        selected.add(id);
      } else {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new FormatConfigurationException(
          "Unknown output format"
              + (unknown.size() == 1 ? " '" : "s '")
              + String.join("', '", unknown)
              + "'. Available: "
              + String.join(", ", formats.keySet())
              + ". A third-party format is"
              + " available once its jar is among the plugin's <dependencies>.");
    }
    if (selected.isEmpty()) {
      throw new FormatConfigurationException(
          "No output format selected. Available: " + String.join(", ", formats.keySet()) + ".");
    }
    for (String key : options.keySet()) {
      checkOption(key);
    }
    // Required formats join the run (transitively), in registry order.
    Set<String> inRun = new LinkedHashSet<>(selected);
    for (boolean grew = true; grew; ) {
      grew = false;
      for (String id : List.copyOf(inRun)) {
        for (String required : formats.get(id).requires()) {
          if (!formats.containsKey(required)) {
            throw new FormatConfigurationException(
                "The output format '"
                    + id
                    + "' needs the format '"
                    + required
                    + "', which is not available."
                    + " Available: "
                    + String.join(", ", formats.keySet())
                    + ".");
          }
          grew |= inRun.add(required);
        }
      }
    }
    // What a format without downloads requires is written at the top too (the npm package's
    // files); what only a downloads format requires goes only into its downloads.
    Set<String> topLevel = new LinkedHashSet<>(selected);
    for (boolean grew = true; grew; ) {
      grew = false;
      for (String id : List.copyOf(topLevel)) {
        OutputFormat format = formats.get(id);
        if (format.downloadsDirectory().isEmpty()) {
          for (String required : format.requires()) {
            grew |= topLevel.add(required);
          }
        }
      }
    }
    List<OutputFormat> run = new ArrayList<>();
    for (Map.Entry<String, OutputFormat> e : formats.entrySet()) {
      if (inRun.contains(e.getKey())) {
        run.add(e.getValue());
      }
    }
    return new FormatSelection(run, Set.copyOf(selected), Set.copyOf(topLevel));
  }

  private void checkOption(String key) throws FormatConfigurationException {
    int dot = key.indexOf('.');
    String id = dot < 0 ? key : key.substring(0, dot);
    OutputFormat format = formats.get(id);
    if (dot <= 0 || dot == key.length() - 1 || format == null) {
      throw new FormatConfigurationException(
          "Unknown format option '"
              + key
              + "': an option is named '<format>.<key>', where <format> is one of "
              + String.join(", ", formats.keySet())
              + ".");
    }
    String own = key.substring(dot + 1);
    if (!format.options().containsKey(own)) {
      throw new FormatConfigurationException(
          "Unknown format option '"
              + key
              + "': the format '"
              + id
              + "' reads "
              + (format.options().isEmpty()
                  ? "no options"
                  : "only "
                      + String.join(
                          ", ",
                          new TreeSet<>(format.options().keySet())
                              .stream().map(k -> id + "." + k).toList()))
              + ".");
    }
  }

  /**
   * The formats of one run, in registry order: the selected ones and those they require.
   *
   * @param formats every format that runs
   * @param selected the ids the user asked for
   * @param topLevel the selected ids and those a selected format without downloads requires; the
   *     others' files go only into downloads
   */
  public record FormatSelection(
      List<OutputFormat> formats, Set<String> selected, Set<String> topLevel) {

    public FormatSelection {
      formats = List.copyOf(formats);
      selected = Set.copyOf(selected);
      topLevel = Set.copyOf(topLevel);
    }

    /** The formats, with only the selected ones at the top of the output. */
    public FormatSelection(List<OutputFormat> formats, Set<String> selected) {
      this(formats, selected, selected);
    }

    /** True if the format with this id writes its files at the top of the output. */
    public boolean isTopLevel(String id) {
      return topLevel.contains(id);
    }

    /** True if the format with this id was selected. */
    public boolean isSelected(String id) {
      return selected.contains(id);
    }
  }
}
