-- A partnership's members: organisations and enterprises, each invited by the partnership's staff
-- and joining when its own staff or members accept. One row per partnership and member; a declined
-- member may be invited again (the row goes back to INVITED).
CREATE TABLE partnership_member (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  partnership_id BIGINT NOT NULL,
  member_kind    VARCHAR(16) NOT NULL,
  member_id      BIGINT NOT NULL,
  status         VARCHAR(16) NOT NULL,
  invited_at     DATETIME(6) NOT NULL,
  decided_at     DATETIME(6),
  version        INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_partnership_member UNIQUE (partnership_id, member_kind, member_id),
  CONSTRAINT ck_partnership_member_kind CHECK (member_kind IN ('ORGANISATION', 'ENTERPRISE')),
  CONSTRAINT ck_partnership_member_status CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED')),
  INDEX ix_partnership_member_member (member_kind, member_id, status),
  CONSTRAINT fk_partnership_member_partnership
    FOREIGN KEY (partnership_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
