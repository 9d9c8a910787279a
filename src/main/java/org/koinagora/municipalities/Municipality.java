package org.koinagora.municipalities;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.persistence.VersionedEntity;

/** A municipality or regional partnership whose staff publish fairs. */
@Entity
@Table(name = "municipality")
public class Municipality extends VersionedEntity {

  public static final int NAME_MAX = 160;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Region region;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "municipality_member",
      joinColumns = @JoinColumn(name = "municipality_id"))
  @Column(name = "user_id")
  private Set<Long> staffIds = new HashSet<>();

  protected Municipality() {}

  public Municipality(String name, Region region) {
    this.name = name.strip();
    this.region = region;
    this.createdAt = Instant.now();
  }

  public void addStaff(long userId) {
    staffIds.add(userId);
  }

  public boolean hasStaff(long userId) {
    return staffIds.contains(userId);
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }
}
