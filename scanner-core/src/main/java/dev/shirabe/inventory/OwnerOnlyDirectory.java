package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * A directory whose every file is narrowed to mode 0600 as soon as it is created, whatever
 * the umask: the inventory's files hold hashes and masked values of personal data. A file is
 * narrowed before anything is written to it, so no byte is ever readable by others.
 */
final class OwnerOnlyDirectory extends FilterDirectory {

  private final Path folder;

  OwnerOnlyDirectory(FSDirectory in) {
    super(in);
    this.folder = in.getDirectory();
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    IndexOutput out = super.createOutput(name, context);
    OwnerOnly.restrict(folder.resolve(name));
    return out;
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    IndexOutput out = super.createTempOutput(prefix, suffix, context);
    OwnerOnly.restrict(folder.resolve(out.getName()));
    return out;
  }

  @Override
  public Lock obtainLock(String name) throws IOException {
    Lock lock = super.obtainLock(name);
    OwnerOnly.restrict(folder.resolve(name));
    return lock;
  }
}
