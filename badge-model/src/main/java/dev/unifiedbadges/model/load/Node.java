package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.diagnostic.Location;
import java.util.LinkedHashMap;
import java.util.List;

/** A parsed definition document that remembers where each piece came from. */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

  Location at();

  /** Noun used in "expected a map, found a list" messages. */
  String kind();

  record Entry(String key, Location keyAt, Node value) {}

  record MapNode(Location at, LinkedHashMap<String, Entry> entries) implements Node {
    @Override
    public String kind() {
      return "a map";
    }
  }

  record ListNode(Location at, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar; {@code text} is null for YAML/JSON null, and {@code string} tells quoted text apart.
   */
  record ScalarNode(Location at, String text, boolean string) implements Node {
    @Override
    public String kind() {
      if (text == null) {
        return "null";
      }
      if (text.isEmpty()) {
        return "empty";
      }
      return string ? "text" : "a number or true/false";
    }
  }
}
