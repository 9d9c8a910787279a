package org.koinagora.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The category tree, read once: it comes from the migrations and changes only with a new one, so
 * every node may keep it in memory.
 */
@ApplicationScoped
public class Categories {

  @PersistenceContext private EntityManager em;

  private List<Category> all;
  private Map<String, Category> byPath;

  @PostConstruct
  void load() {
    all = List.copyOf(em.createNamedQuery("Category.findAll", Category.class).getResultList());
    byPath =
        all.stream().collect(Collectors.toUnmodifiableMap(Category::getPath, Function.identity()));
  }

  public Optional<Category> byPath(String path) {
    return Optional.ofNullable(path == null ? null : byPath.get(path.strip()));
  }

  public List<Category> roots() {
    return all.stream().filter(c -> c.getParent() == null).toList();
  }

  public List<Category> childrenOf(Category parent) {
    return all.stream()
        .filter(c -> c.getParent() != null && c.getParent().getId().equals(parent.getId()))
        .toList();
  }

  /** The category and all below it, for "this category including its sub-categories". */
  public List<Long> idsWithin(Category category) {
    return all.stream().filter(category::contains).map(Category::getId).toList();
  }

  public List<Category> all() {
    return all;
  }
}
