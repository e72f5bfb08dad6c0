package org.amity;

import org.amity.interop.cli.AmityCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Amity: a platform for city diplomacy. Started without arguments it serves the web application; started with a
 * command ({@code import}, {@code export}) it runs that command on the same code and database, then exits.
 */
@SpringBootApplication
@EnableAsync
public class AmityApplication {

	public static void main(String[] args) {
		if (AmityCommandLine.isCommand(args)) {
			var app = new SpringApplication(AmityApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("cli");
			int exitCode;
			try (var context = app.run(args)) {
				exitCode = context.getBean(AmityCommandLine.class).exitCode();
			}
			System.exit(exitCode);
		}
		SpringApplication.run(AmityApplication.class, args);
	}
}
