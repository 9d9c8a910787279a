package org.koinagora.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import org.koinagora.shared.BilingualText;

/**
 * A node of the category tree, named by its slug path such as {@code food/honey}. Cached: the tree
 * changes only with a migration.
 */
@Entity
@Cacheable
@Table(name = "category")
@NamedQuery(
    name = "Category.findAll",
    query = "SELECT c FROM Category c ORDER BY c.position, c.path")
public class Category {

  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Category parent;

  @Column(nullable = false, length = 200)
  private String path;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "el",
        column = @Column(name = "name_el", nullable = false, length = 120)),
    @AttributeOverride(
        name = "en",
        column = @Column(name = "name_en", nullable = false, length = 120))
  })
  private BilingualText name;

  @Column(nullable = false)
  private int position;

  protected Category() {}

  public String name(Locale locale) {
    return name.in(locale);
  }

  /** The name with its parent's, e.g. {@code Τρόφιμα › Μέλι}. */
  public String label(Locale locale) {
    return parent == null ? name(locale) : parent.name(locale) + " › " + name(locale);
  }

  /** True for this category and every category below it. */
  public boolean contains(Category other) {
    return other.path.equals(path) || other.path.startsWith(path + "/");
  }

  public Long getId() {
    return id;
  }

  public Category getParent() {
    return parent;
  }

  public String getPath() {
    return path;
  }

  /** Both names; every category has an English one. */
  public BilingualText getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }
}
