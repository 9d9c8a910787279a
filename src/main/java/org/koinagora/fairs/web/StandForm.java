package org.koinagora.fairs.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.fairs.Stand;
import org.koinagora.fairs.StandChange;
import org.koinagora.fairs.StandFeature;

/**
 * A stand as its row of inputs on the plan editor holds it; numbers stay text until saved, so
 * nothing typed is lost.
 */
public class StandForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String code;
  private final boolean free;
  private String x;
  private String y;
  private String width;
  private String depth;
  private String price;
  private List<String> features;

  StandForm(Stand stand, boolean free) {
    this.id = stand.getId();
    this.code = stand.getCode();
    this.free = free;
    this.x = String.valueOf(stand.getX());
    this.y = String.valueOf(stand.getY());
    this.width = String.valueOf(stand.getWidth());
    this.depth = String.valueOf(stand.getDepth());
    this.price = stand.getPrice().getAmount();
    this.features = new ArrayList<>(stand.getFeatures().stream().map(Enum::name).toList());
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

  public long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /** Nobody has applied for or booked it: it may change. */
  public boolean isFree() {
    return free;
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
