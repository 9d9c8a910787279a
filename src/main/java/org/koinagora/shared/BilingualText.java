package org.koinagora.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a person writes in Greek and may also give in English; Greek is shown where the English is
 * missing. Entities map it to their own two columns with {@code @AttributeOverride}s for {@code el}
 * and {@code en}.
 */
@Embeddable
public class BilingualText implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "el", nullable = false)
  private String el;

  @Column(name = "en")
  private String en;

  protected BilingualText() {}

  private BilingualText(String el, String en) {
    this.el = el;
    this.en = en;
  }

  /**
   * Both texts stripped, a blank English left out.
   *
   * @throws IllegalArgumentException when the Greek is blank: callers validate their input first
   */
  public static BilingualText of(String el, String en) {
    if (isBlank(el)) {
      throw new IllegalArgumentException("the Greek text is required");
    }
    return new BilingualText(el.strip(), isBlank(en) ? null : en.strip());
  }

  /** Greek only. */
  public static BilingualText greek(String el) {
    return of(el, null);
  }

  public String el() {
    return el;
  }

  /** The English text, or null when none was given. */
  public String en() {
    return en;
  }

  /** The text for a reader of this language: English when asked for and given, else Greek. */
  public String in(Locale locale) {
    return en != null && locale != null && "en".equals(locale.getLanguage()) ? en : el;
  }

  /** The English text, or the Greek where there is none. */
  public String enOrEl() {
    return en != null ? en : el;
  }

  /** Whether either language is longer than {@code max} characters. */
  public boolean longerThan(int max) {
    return el.length() > max || (en != null && en.length() > max);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BilingualText that && el.equals(that.el) && Objects.equals(en, that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(el, en);
  }

  @Override
  public String toString() {
    return en == null ? el : el + " / " + en;
  }
}
