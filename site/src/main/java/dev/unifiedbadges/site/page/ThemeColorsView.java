package dev.unifiedbadges.site.page;

/**
 * A tone's colours in one theme with their contrast figures.
 *
 * @param theme {@code Light} or {@code Dark}
 * @param colorClass the class that paints the specimen in these colours; with {@code --background}
 *     (and {@code --foreground}, {@code --border}, {@code --icon}) it paints one colour chip
 * @param background hex colour
 * @param foreground hex colour
 * @param border hex colour, null when the tone draws no border
 * @param icon hex colour the icon is painted in
 * @param text text contrast, foreground on background
 * @param borderContrast border against background, null when no border is drawn
 * @param iconContrast icon against background
 */
public record ThemeColorsView(
    String theme,
    String colorClass,
    String background,
    String foreground,
    String border,
    String icon,
    ContrastView text,
    ContrastView borderContrast,
    ContrastView iconContrast) {}
