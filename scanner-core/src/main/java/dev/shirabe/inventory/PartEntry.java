package dev.shirabe.inventory;

/**
 * One part of a file as the inventory remembers it.
 *
 * @param file the file's absolute path
 * @param locator where the part sits inside the file, empty for the file itself
 * @param title its title or mail subject, empty when it has none
 * @param lang the language of its first finding, or null
 * @param findings findings in the part
 */
public record PartEntry(String file, String locator, String title, String lang, int findings) {}
