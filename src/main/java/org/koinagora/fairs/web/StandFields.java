package org.koinagora.fairs.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.fairs.StandChange;
import org.koinagora.fairs.StandFeature;

/**
 * The inputs a stand and a new row of stands share on the plan editor: place, size, price and
 * features, kept as typed until sent so that nothing typed is lost.
 */
public abstract class StandFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String x;
  private String y;
  private String width;
  private String depth;
  private String price;
  private List<String> features;

  StandFields(String x, String y, String width, String depth, String price, List<String> features) {
    this.x = x;
    this.y = y;
    this.width = width;
    this.depth = depth;
    this.price = price;
    this.features = new ArrayList<>(features);
  }

  /**
   * What was typed, read for the service to check.
   *
   * @throws org.koinagora.shared.InvalidInputException naming the first field typed wrong
   */
  StandChange change() {
    return new StandChange(
        Typed.number(x, "x", "stand.position.invalid"),
        Typed.number(y, "y", "stand.position.invalid"),
        Typed.number(width, "width", "stand.size.invalid"),
        Typed.number(depth, "depth", "stand.size.invalid"),
        Typed.price(price, "price"),
        Typed.enums(StandFeature.class, features));
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
