package org.amity.interop.cli;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Lets picocli build its commands as Spring beans, so that they get the modules' services injected. */
@Component
@Profile("cli")
class CommandFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	CommandFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		try {
			return context.getAutowireCapableBeanFactory().createBean(type);
		}
		catch (Exception e) {
			return CommandLine.defaultFactory().create(type);
		}
	}
}
