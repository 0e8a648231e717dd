package jianfu.jobs.ingest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The ingest job and its launcher on Boot's batch infrastructure, without the command line. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({IngestJobConfiguration.class, IngestLauncher.class})
public class IngestJobTestConfiguration {}
