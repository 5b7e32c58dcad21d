-- Hash matching, referrals: online content referred to platforms (with the later outcome) and removal orders
-- under the EU Terrorist Content Online Regulation (one-hour deadline). Same SQL on H2 2.2 and PostgreSQL 17.

CREATE SEQUENCE referral_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE removal_order_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE referral (
    id              BIGINT        NOT NULL PRIMARY KEY,
    url             VARCHAR(2000) NOT NULL,
    platform        VARCHAR(100)  NOT NULL,
    referred_on     DATE          NOT NULL,
    category        VARCHAR(100)  NOT NULL,
    outcome         VARCHAR(20),
    outcome_on      DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT referral_outcome_ck CHECK (outcome IS NULL OR outcome IN ('REMOVED', 'NOT_REMOVED', 'UNKNOWN')),
    CONSTRAINT referral_outcome_date_ck CHECK ((outcome IS NULL AND outcome_on IS NULL)
        OR (outcome IS NOT NULL AND outcome_on IS NOT NULL AND outcome_on >= referred_on))
);
CREATE INDEX referral_platform_ix ON referral (platform, referred_on);

-- the hash entries a referral is about
CREATE TABLE referral_entry (
    referral_id     BIGINT        NOT NULL REFERENCES referral (id),
    entry_id        BIGINT        NOT NULL REFERENCES hash_entry (id),
    CONSTRAINT referral_entry_pk PRIMARY KEY (referral_id, entry_id)
);

CREATE TABLE removal_order (
    id              BIGINT        NOT NULL PRIMARY KEY,
    url             VARCHAR(2000) NOT NULL,
    platform        VARCHAR(100)  NOT NULL,
    authority       VARCHAR(200)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome         VARCHAR(20),
    outcome_at      TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT removal_order_outcome_ck CHECK (outcome IS NULL OR outcome IN ('REMOVED', 'NOT_REMOVED', 'UNKNOWN')),
    CONSTRAINT removal_order_outcome_time_ck CHECK ((outcome IS NULL AND outcome_at IS NULL)
        OR (outcome IS NOT NULL AND outcome_at IS NOT NULL AND outcome_at >= received_at))
);
