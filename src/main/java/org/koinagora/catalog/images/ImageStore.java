package org.koinagora.catalog.images;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps listing pictures as files under {@code <data dir>/images}, outside the WAR (on a volume
 * shared by all nodes of a cluster). Files never change once written, so they cache forever. Inside
 * a transaction a new picture waits under a temporary name until the commit, and a removed one is
 * deleted only after it: a rollback leaves no orphan file and deletes no picture still in use.
 */
@ApplicationScoped
public class ImageStore {

  private static final Logger LOG = Logger.getLogger(ImageStore.class.getName());
  private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}-(display|thumb)\\.jpg");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

  @Inject
  @ConfigProperty(name = "koinagora.data-dir", defaultValue = "data")
  String dataDir;

  private TransactionSynchronizationRegistry registry;

  protected ImageStore() {}

  /** A store outside the container, with the given transactions (for tests). */
  ImageStore(String dataDir, TransactionSynchronizationRegistry registry) {
    this.dataDir = dataDir;
    this.registry = registry;
  }

  /** Stores both sizes and returns the new key; the files appear when the transaction commits. */
  public String save(ImageProcessor.Processed processed) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String key = HexFormat.of().formatHex(random);
    Path display = temporary(processed.display());
    Path thumbnail;
    try {
      thumbnail = temporary(processed.thumbnail());
    } catch (UncheckedIOException e) {
      deleteQuietly(display);
      throw e;
    }
    Map<Path, Path> files =
        Map.of(
            display, directory().resolve(key + "-display.jpg"),
            thumbnail, directory().resolve(key + "-thumb.jpg"));
    afterTransaction(
        () -> files.forEach(ImageStore::move),
        () -> files.keySet().forEach(ImageStore::deleteQuietly));
    return key;
  }

  /** The file for a served name such as {@code <key>-thumb.jpg}; nothing for any other name. */
  public Optional<Path> file(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Path file = directory().resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Deletes both sizes once the transaction commits; a rollback keeps them. */
  public void delete(String key) {
    afterTransaction(
        () -> {
          deleteQuietly(directory().resolve(key + "-display.jpg"));
          deleteQuietly(directory().resolve(key + "-thumb.jpg"));
        },
        () -> {});
  }

  /** Runs the first after a commit, the second after a rollback; the first at once outside one. */
  private void afterTransaction(Runnable committed, Runnable rolledBack) {
    TransactionSynchronizationRegistry transactions = registry();
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      committed.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed.run();
            } else {
              rolledBack.run();
            }
          }
        });
  }

  private Path temporary(byte[] bytes) {
    try {
      Path directory = directory();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "upload-", ".tmp");
      Files.write(temporary, bytes);
      return temporary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** After the commit nothing can be undone: a failure is logged, not thrown. */
  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not move the picture " + from + " to " + to, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete the picture " + file, e);
    }
  }

  private TransactionSynchronizationRegistry registry() {
    if (registry == null) {
      try {
        registry = InitialContext.doLookup(REGISTRY);
      } catch (NamingException e) {
        throw new IllegalStateException("no " + REGISTRY, e);
      }
    }
    return registry;
  }

  private Path directory() {
    return Path.of(dataDir).toAbsolutePath().resolve("images");
  }
}
