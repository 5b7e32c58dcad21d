-- Campaign reach (#6): KPI catalogue, per-organisation reporting tokens, campaigns (a snapshot of a funded grant
-- and the targets its proposal promised), reports with their rows (append-only; a correction is a new version)
-- and a monthly aggregate maintained on every ingest so that dashboards never scan the raw rows.

CREATE TABLE reach_metric (
    code            VARCHAR(40)   NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    definition      VARCHAR(1000) NOT NULL,
    unit            VARCHAR(30)   NOT NULL,
    tier            VARCHAR(20)   NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    active          BOOLEAN       NOT NULL,
    position        INTEGER       NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL
);

INSERT INTO reach_metric (code, name, definition, unit, tier, kind, active, position, updated_at, updated_by, version) VALUES
('impressions', 'Impressions', 'Times the content was shown.', 'count', 'AWARENESS', 'COUNT', TRUE, 10, CURRENT_TIMESTAMP, 'system', 0),
('unique_reach', 'Unique reach', 'Distinct people who saw the content at least once.', 'people', 'AWARENESS', 'COUNT', TRUE, 20, CURRENT_TIMESTAMP, 'system', 0),
('target_audience_reach', 'Target-audience reach', 'Unique reach inside the audience declared in the proposal.', 'people', 'AWARENESS', 'COUNT', TRUE, 30, CURRENT_TIMESTAMP, 'system', 0),
('video_views', 'Video views', 'Video plays counted by the platform''s own definition.', 'count', 'AWARENESS', 'COUNT', TRUE, 40, CURRENT_TIMESTAMP, 'system', 0),
('clicks', 'Clicks', 'Clicks on links or calls to action.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 50, CURRENT_TIMESTAMP, 'system', 0),
('ctr', 'Click-through rate', 'Clicks divided by impressions (computed).', 'ratio', 'ENGAGEMENT', 'DERIVED', TRUE, 60, CURRENT_TIMESTAMP, 'system', 0),
('watch_time', 'Watch time', 'Total time the videos were watched.', 'seconds', 'ENGAGEMENT', 'SECONDS', TRUE, 70, CURRENT_TIMESTAMP, 'system', 0),
('average_watch_time', 'Average watch time', 'Watch time divided by video views (computed).', 'seconds', 'ENGAGEMENT', 'DERIVED', TRUE, 80, CURRENT_TIMESTAMP, 'system', 0),
('reactions', 'Reactions', 'Likes and other reactions.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 90, CURRENT_TIMESTAMP, 'system', 0),
('shares', 'Shares', 'Shares, reposts and forwards.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 100, CURRENT_TIMESTAMP, 'system', 0),
('comments', 'Comments', 'Comments and replies.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 110, CURRENT_TIMESTAMP, 'system', 0),
('saves', 'Saves', 'Saves and bookmarks.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 120, CURRENT_TIMESTAMP, 'system', 0),
('sustained_conversations', 'Sustained conversations', 'Multi-turn exchanges handled by campaign staff.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 130, CURRENT_TIMESTAMP, 'system', 0),
('landing_page_sessions', 'Landing-page sessions', 'Sessions on the campaign''s landing page.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 140, CURRENT_TIMESTAMP, 'system', 0),
('signups', 'Sign-ups and referrals', 'Sign-ups to programmes and referrals to support services.', 'count', 'ENGAGEMENT', 'COUNT', TRUE, 150, CURRENT_TIMESTAMP, 'system', 0),
('constructive_comment_ratio', 'Constructive-comment ratio', 'Share of comments coded as constructive (0 to 1).', 'ratio', 'IMPACT', 'RATIO', TRUE, 160, CURRENT_TIMESTAMP, 'system', 0),
('survey_attitude_shift', 'Survey attitude shift', 'Change between pre and post survey, in percentage points (-100 to 100).', 'points', 'IMPACT', 'POINTS', TRUE, 170, CURRENT_TIMESTAMP, 'system', 0),
('offline_participants', 'Offline participants', 'People who took part in offline activities.', 'people', 'IMPACT', 'COUNT', TRUE, 180, CURRENT_TIMESTAMP, 'system', 0),
('cost_per_1000_impressions', 'Cost per 1,000 impressions', 'Amount paid on the grant per 1,000 impressions (computed).', 'EUR', 'EFFICIENCY', 'DERIVED', TRUE, 190, CURRENT_TIMESTAMP, 'system', 0),
('cost_per_click', 'Cost per click', 'Amount paid on the grant per click (computed).', 'EUR', 'EFFICIENCY', 'DERIVED', TRUE, 200, CURRENT_TIMESTAMP, 'system', 0),
('cost_per_engaged_user', 'Cost per engaged user', 'Amount paid per engagement (clicks, reactions, shares, comments, saves) (computed).', 'EUR', 'EFFICIENCY', 'DERIVED', TRUE, 210, CURRENT_TIMESTAMP, 'system', 0),
('hostile_interactions', 'Hostile interactions', 'Hostile comments and messages received.', 'count', 'SAFETY', 'COUNT', TRUE, 220, CURRENT_TIMESTAMP, 'system', 0),
('harassment_incidents', 'Harassment incidents', 'Incidents of harassment against campaign staff.', 'count', 'SAFETY', 'COUNT', TRUE, 230, CURRENT_TIMESTAMP, 'system', 0);

CREATE SEQUENCE reach_token_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE reach_token (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    name            VARCHAR(100)  NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(254),
    CONSTRAINT reach_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT reach_token_name_uk UNIQUE (organisation_id, name)
);

CREATE TABLE reach_campaign (
    reference       VARCHAR(60)   NOT NULL PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    call_identifier VARCHAR(60)   NOT NULL,
    title           VARCHAR(300),
    countries       VARCHAR(300),
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reach_campaign_dates_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX reach_campaign_org_ix ON reach_campaign (organisation_id);

CREATE TABLE reach_target (
    campaign_ref    VARCHAR(60)   NOT NULL REFERENCES reach_campaign (reference),
    platform        VARCHAR(20)   NOT NULL,
    metric          VARCHAR(40)   NOT NULL,
    target          BIGINT        NOT NULL,
    CONSTRAINT reach_target_pk PRIMARY KEY (campaign_ref, platform, metric),
    CONSTRAINT reach_target_ck CHECK (target >= 0)
);

CREATE SEQUENCE reach_report_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE reach_report (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_ref    VARCHAR(60)   NOT NULL REFERENCES reach_campaign (reference),
    idempotency_key VARCHAR(100)  NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    period_from     DATE          NOT NULL,
    period_to       DATE          NOT NULL,
    version         INTEGER       NOT NULL,
    correction      BOOLEAN       NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    row_count       INTEGER       NOT NULL,
    flagged_rows    INTEGER       NOT NULL,
    submitted_by    VARCHAR(254)  NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_by   BIGINT,
    CONSTRAINT reach_report_key_uk UNIQUE (campaign_ref, idempotency_key),
    CONSTRAINT reach_report_period_ck CHECK (period_to >= period_from)
);
CREATE INDEX reach_report_period_ix ON reach_report (campaign_ref, period_from, period_to);

-- raw rows: never deleted; current_row turns false when a correction supersedes the report
CREATE TABLE reach_row (
    report_id       BIGINT        NOT NULL REFERENCES reach_report (id),
    line_no         INTEGER       NOT NULL,
    campaign_ref    VARCHAR(60)   NOT NULL,
    platform        VARCHAR(20)   NOT NULL,
    metric          VARCHAR(40)   NOT NULL,
    date_from       DATE          NOT NULL,
    date_to         DATE          NOT NULL,
    amount          NUMERIC(20,4) NOT NULL,
    provenance      VARCHAR(20)   NOT NULL,
    evidence_file_id BIGINT,
    flags           VARCHAR(100),
    current_row     BOOLEAN       NOT NULL,
    CONSTRAINT reach_row_pk PRIMARY KEY (report_id, line_no),
    CONSTRAINT reach_row_dates_ck CHECK (date_to >= date_from)
);
-- the overlap check of a new report reads the campaign's rows that end on or after its first day
CREATE INDEX reach_row_window_ix ON reach_row (campaign_ref, date_to);

-- one row per campaign, platform, metric and month (of each row's date_from), kept in step on every ingest;
-- covered_days (the days its rows span) gives the per-day average the running median of anomaly flags uses
CREATE TABLE reach_monthly (
    campaign_ref    VARCHAR(60)   NOT NULL,
    platform        VARCHAR(20)   NOT NULL,
    metric          VARCHAR(40)   NOT NULL,
    period_month    DATE          NOT NULL,
    amount          NUMERIC(24,4) NOT NULL,
    row_count       BIGINT        NOT NULL,
    flagged         BIGINT        NOT NULL,
    covered_days    BIGINT        NOT NULL,
    CONSTRAINT reach_monthly_pk PRIMARY KEY (campaign_ref, platform, metric, period_month)
);
CREATE INDEX reach_monthly_metric_ix ON reach_monthly (metric, platform, period_month);
