package org.koinagora.fairs.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.koinagora.fairs.StandFeature;
import org.koinagora.fairs.StandRow;

/** A new row of stands as the plan editor's form holds it, with a row to start from. */
public class StandRowForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String prefix = "B";
  private String count = "5";
  private String x = "0";
  private String y = "0";
  private String width = "3";
  private String depth = "3";
  private String price = "0";
  private List<String> features = new ArrayList<>();

  /**
   * What was typed, read for the service to check.
   *
   * @throws org.koinagora.shared.InvalidInputException naming the first field typed wrong
   */
  StandRow row() {
    return new StandRow(
        prefix == null ? null : prefix.strip().toUpperCase(Locale.ROOT),
        Typed.number(count, "count", "stand.count.invalid"),
        Typed.number(x, "x", "stand.position.invalid"),
        Typed.number(y, "y", "stand.position.invalid"),
        Typed.number(width, "width", "stand.size.invalid"),
        Typed.number(depth, "depth", "stand.size.invalid"),
        Typed.price(price, "price"),
        Typed.enums(StandFeature.class, features));
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public String getCount() {
    return count;
  }

  public void setCount(String count) {
    this.count = count;
  }

  public String getX() {
    return x;
  }

  public void setX(String x) {
    this.x = x;
  }

  public String getY() {
    return y;
  }

  public void setY(String y) {
    this.y = y;
  }

  public String getWidth() {
    return width;
  }

  public void setWidth(String width) {
    this.width = width;
  }

  public String getDepth() {
    return depth;
  }

  public void setDepth(String depth) {
    this.depth = depth;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public List<String> getFeatures() {
    return features;
  }

  public void setFeatures(List<String> features) {
    this.features = features;
  }
}
