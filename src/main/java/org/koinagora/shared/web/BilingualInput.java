package org.koinagora.shared.web;

import java.io.Serializable;
import org.koinagora.shared.BilingualText;

/**
 * The two inputs of a {@link BilingualText} in a form, as typed ({@code form.title.el}, {@code
 * form.title.en}); the service validates them.
 */
public class BilingualInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String el;
  private String en;

  public BilingualInput() {}

  public BilingualInput(String el, String en) {
    this.el = el;
    this.en = en;
  }

  public static BilingualInput of(BilingualText text) {
    return text == null ? new BilingualInput() : new BilingualInput(text.el(), text.en());
  }

  public void fill(BilingualText text) {
    el = text.el();
    en = text.en();
  }

  public String getEl() {
    return el;
  }

  public void setEl(String el) {
    this.el = el;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }
}
