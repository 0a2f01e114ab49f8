package dev.shirabe.extract;

import java.util.ArrayDeque;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Follows the folder headings that Tika's PST parser writes around the mails of each folder
 * ({@code <div class="email-folder"><h1>Inbox</h1>…</div>}), so that a mail's locator names the
 * folder it really is in. Tika's own folder path metadata is wrong below the top level: it
 * repeats the top folder and leaves out the mail's own ("Top/Top/Inbox" for a mail in
 * "Top/Inbox/tmp").
 */
final class PstFolders extends ContentHandlerDecorator {

  /** For each open div, whether it is a folder. */
  private final ArrayDeque<Boolean> divs = new ArrayDeque<>();

  /** The names of the open folders, outermost first. */
  private final ArrayDeque<String> folders = new ArrayDeque<>();

  private boolean awaitingName;
  private StringBuilder name;

  PstFolders(ContentHandler handler) {
    super(handler);
  }

  /** The path of the folder being read ("Top/Inbox/tmp"), or null outside any folder. */
  String path() {
    return folders.isEmpty() ? null : String.join("/", folders);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if ("div".equals(localName)) {
      boolean folder = "email-folder".equals(atts.getValue("class"));
      divs.push(folder);
      if (folder) {
        folders.addLast("");
        awaitingName = true;
      }
    } else if ("h1".equals(localName) && awaitingName) {
      name = new StringBuilder();
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (name != null) {
      name.append(ch, start, length);
    }
    super.characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if ("h1".equals(localName) && name != null) {
      folders.removeLast();
      folders.addLast(name.toString().strip());
      name = null;
      awaitingName = false;
    } else if ("div".equals(localName) && !divs.isEmpty() && divs.pop()) {
      folders.removeLast();
      awaitingName = false;
    }
    super.endElement(uri, localName, qName);
  }
}
