package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Names the domain pages' files: ASCII, distinct per domain, short enough for any file system. */
final class PageNames {

  /**
   * The longest page name (without {@code .html}): file names stop at 255 bytes. {@link
   * SiteRenderer#domainPage} states it in its contract.
   */
  static final int MAX_PAGE_NAME = 200;

  private PageNames() {}

  /**
   * The page of a domain, relative to the site root, as {@link SiteRenderer#domainPage} describes.
   */
  static String domainPage(String domainName) {
    return domainPageOfKebab(Names.kebab(domainName));
  }

  /** The page of the domain with this kebab name. */
  static String domainPageOfKebab(String kebab) {
    return "domains/" + pageName(kebab) + ".html";
  }

  /**
   * Windows' reserved device names: a file named {@code con.html} cannot exist there, whatever its
   * extension. Kebab names never hold {@code _}, so escaping their first letter keeps them
   * distinct.
   */
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  /**
   * The {@link #asciiFileName}, shortened to a start and a hash when it is too long; a Windows
   * device name has its first letter escaped too ({@code con} gives {@code _63_on}).
   */
  static String pageName(String kebab) {
    String ascii = asciiFileName(kebab);
    if (WINDOWS_RESERVED.matcher(ascii).matches()) {
      return "_" + Integer.toHexString(ascii.charAt(0)) + "_" + ascii.substring(1);
    }
    if (ascii.length() <= MAX_PAGE_NAME) {
      return ascii;
    }
    String head = ascii.substring(0, MAX_PAGE_NAME - 20);
    if (head.chars().filter(c -> c == '_').count() % 2 == 1) {
      head = head.substring(0, head.lastIndexOf('_')); // not half an escape
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(kebab.getBytes(StandardCharsets.UTF_8));
      return head + "~" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The kebab name with every character other than {@code a-z 0-9 -} as {@code _<hex>_}. */
  static String asciiFileName(String kebab) {
    StringBuilder sb = null;
    for (int i = 0; i < kebab.length(); ) {
      int cp = kebab.codePointAt(i);
      boolean plain = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-';
      if (!plain && sb == null) {
        sb = new StringBuilder(kebab.length() + 16).append(kebab, 0, i);
      }
      if (sb != null) {
        if (plain) {
          sb.append((char) cp);
        } else {
          sb.append('_').append(Integer.toHexString(cp)).append('_');
        }
      }
      i += Character.charCount(cp);
    }
    return sb == null ? kebab : sb.toString();
  }
}
