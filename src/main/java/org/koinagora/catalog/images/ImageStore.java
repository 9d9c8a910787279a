package org.koinagora.catalog.images;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps listing pictures as files under {@code <data dir>/images}, outside the WAR (on a volume
 * shared by all nodes of a cluster). Files never change once written, so they cache forever.
 */
@ApplicationScoped
public class ImageStore {

  private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}-(display|thumb)\\.jpg");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "koinagora.data-dir", defaultValue = "data")
  String dataDir;

  /** Stores both sizes and returns the new key. */
  public String save(ImageProcessor.Processed processed) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String key = HexFormat.of().formatHex(random);
    write(key + "-display.jpg", processed.display());
    write(key + "-thumb.jpg", processed.thumbnail());
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

  public void delete(String key) {
    try {
      Files.deleteIfExists(directory().resolve(key + "-display.jpg"));
      Files.deleteIfExists(directory().resolve(key + "-thumb.jpg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, byte[] bytes) {
    try {
      Path directory = directory();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "upload-", ".tmp");
      Files.write(temporary, bytes);
      Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path directory() {
    return Path.of(dataDir).toAbsolutePath().resolve("images");
  }
}
