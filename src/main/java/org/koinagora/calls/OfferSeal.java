package org.koinagora.calls;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.crypto.AesGcm;

/**
 * Seals what an offer says (AES-256-GCM, a fresh 12-byte IV first) with the key {@code
 * koinagora.calls.offer-key} (32 bytes, Base64). Without one a development key derived from a fixed
 * phrase is used and a warning logged: production must set its own. Each sealed note is bound to
 * its call and enterprise, so a note copied onto another offer does not open.
 */
@ApplicationScoped
public class OfferSeal {

  static final String DEV_PHRASE = "koinagora development offer key - never in production";
  private static final Logger LOG = Logger.getLogger(OfferSeal.class.getName());

  @Inject
  @ConfigProperty(name = "koinagora.calls.offer-key")
  private Optional<String> configuredKey;

  private SecretKey key;

  @PostConstruct
  void init() {
    key = keyOf(configuredKey.orElse(null));
  }

  static SecretKey keyOf(String configured) {
    try {
      byte[] bytes;
      if (configured == null || configured.isBlank()) {
        LOG.warning(
            "koinagora.calls.offer-key is not set: offers are sealed with the development key;"
                + " set a 32-byte Base64 key in production");
        bytes =
            MessageDigest.getInstance("SHA-256")
                .digest(DEV_PHRASE.getBytes(StandardCharsets.UTF_8));
      } else {
        bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length != 32) {
          throw new IllegalStateException("koinagora.calls.offer-key must be 32 bytes in Base64");
        }
      }
      return new SecretKeySpec(bytes, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] seal(String text, long callId, long enterpriseId) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return seal(text.getBytes(StandardCharsets.UTF_8), callId, enterpriseId);
  }

  public String open(byte[] sealed, long callId, long enterpriseId) {
    if (sealed == null) {
      return null;
    }
    return new String(openBytes(sealed, callId, enterpriseId), StandardCharsets.UTF_8);
  }

  /** Seals bytes (an offer's document) bound to the call and the enterprise. */
  public byte[] seal(byte[] plain, long callId, long enterpriseId) {
    return AesGcm.seal(key, plain, aad(callId, enterpriseId));
  }

  public byte[] openBytes(byte[] sealed, long callId, long enterpriseId) {
    return AesGcm.open(key, sealed, aad(callId, enterpriseId));
  }

  private static byte[] aad(long callId, long enterpriseId) {
    return ByteBuffer.allocate(16).putLong(callId).putLong(enterpriseId).array();
  }
}
