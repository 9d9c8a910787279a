package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.crypto.AesGcm;

/**
 * Encrypts the secrets enterprises give (their myDATA subscription key) with AES-256-GCM ({@link
 * AesGcm}), each bound to its enterprise. The key is {@code koinagora.secrets.key} (32 bytes,
 * Base64) or, when that is not set, the file {@code <data dir>/secrets.key}, made on first use
 * (owner-only): a backup of the data directory holds it, and every node of a cluster must be given
 * the same one.
 */
@ApplicationScoped
public class SecretBox {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "koinagora.secrets.key", defaultValue = " ")
  String configuredKey;

  @Inject
  @ConfigProperty(name = "koinagora.data-dir", defaultValue = "data")
  String dataDir;

  private volatile SecretKeySpec key;

  /** Seals an enterprise's secret, bound to the enterprise. */
  public byte[] seal(String secret, long enterpriseId) {
    return AesGcm.seal(key(), secret.getBytes(StandardCharsets.UTF_8), bound(enterpriseId));
  }

  public String open(byte[] sealed, long enterpriseId) {
    return new String(AesGcm.open(key(), sealed, bound(enterpriseId)), StandardCharsets.UTF_8);
  }

  private static byte[] bound(long enterpriseId) {
    return ByteBuffer.allocate(8).putLong(enterpriseId).array();
  }

  private SecretKeySpec key() {
    if (key == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(keyBytes(), "AES");
        }
      }
    }
    return key;
  }

  private byte[] keyBytes() {
    if (configuredKey != null && !configuredKey.isBlank()) {
      return decode(configuredKey.strip());
    }
    Path file = Path.of(dataDir, "secrets.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Path temporary = Files.createTempFile(file.getParent(), "secrets", ".key");
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
        try {
          Files.move(temporary, file); // another node or thread made it first: keep theirs
        } catch (FileAlreadyExistsException taken) {
          Files.delete(temporary);
        }
      }
      return decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] decode(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length != 32) {
      throw new IllegalStateException("koinagora.secrets.key must be 32 bytes in Base64");
    }
    return bytes;
  }
}
