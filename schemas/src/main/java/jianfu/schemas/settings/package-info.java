/**
 * The typed settings of conf/jianfu.yml, one record per section, each with its defaults written
 * once here: the pipelines, the DuckDB oracle and the publication read their sections through these
 * records; the ingestion binds its {@code ingest:} section through Spring and takes the defaults
 * from {@link jianfu.schemas.settings.IngestDefaults}.
 */
package jianfu.schemas.settings;
