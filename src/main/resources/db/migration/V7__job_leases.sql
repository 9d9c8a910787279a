-- One row per scheduled job that runs once per cluster: the node holding it runs the job until the
-- lease expires unrenewed (the node died), then another node takes it. Rows are written by the
-- code (org.koinagora.shared.jobs) the first time a job ticks; times are the database's clock.
CREATE TABLE job_lease (
  name        VARCHAR(64) NOT NULL PRIMARY KEY,
  holder      VARCHAR(200) NOT NULL,
  taken_at    DATETIME(6) NOT NULL,
  renewed_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
