package org.koinagora.testsupport;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that {@code mvn package} built, deployed as is. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive koinagora() {
    freeLeasesOfStoppedNode();
    File war = new File(System.getProperty("it.war", "target/koinagora.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The previous test class's node was ended without a shutdown (the container stops its process),
   * so its job leases would hold until they expire, up to 90 s into this class; a platform started
   * afresh starts with none. Nothing to free before the first migration.
   */
  private static void freeLeasesOfStoppedNode() {
    try {
      Database.update("DELETE FROM job_lease");
    } catch (SQLException noTableYet) {
      // the first boot has not migrated the database yet
    }
  }

  /** The connector reports a non-loopback host; the tests talk over loopback. */
  public static URI loopback(URL deployed) {
    String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
    return URI.create("http://127.0.0.1:" + deployed.getPort() + path);
  }
}
