package org.amity.interop.cli;

import java.util.HashMap;
import java.util.Map;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.amity.interop.ImportProgress;

/** Shows an import's or export's progress as one bar per step on the terminal's error stream. */
final class ProgressBars implements ImportProgress, AutoCloseable {

	private final Map<String, ProgressBar> bars = new HashMap<>();

	@Override
	public void advance(String step, long done, long total) {
		var bar = bars.computeIfAbsent(step, s -> new ProgressBarBuilder().setTaskName(s)
			.setInitialMax(total)
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis(100)
			.continuousUpdate()
			.build());
		bar.maxHint(total);
		bar.stepTo(done);
	}

	@Override
	public void close() {
		bars.values().forEach(ProgressBar::close);
	}
}
