package org.amity.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GraphTest {

	@Test
	void self_loops_and_repeated_edges_in_either_direction_are_dropped() {
		var graph = Graph.of(4, new int[] { 0, 1, 2, 0, 3, 2 }, new int[] { 1, 0, 2, 1, 0, 0 });

		assertThat(graph.nodeCount()).isEqualTo(4);
		assertThat(graph.edgeCount()).isEqualTo(3);
		assertThat(graph.neighbours(0)).containsExactly(1, 2, 3);
		assertThat(graph.neighbours(2)).containsExactly(0);
		assertThat(graph.degree(1)).isEqualTo(1);
	}

	@Test
	void neighbours_are_sorted_and_a_copy() {
		var graph = Graph.of(4, new int[] { 2, 2, 2 }, new int[] { 3, 0, 1 });

		var neighbours = graph.neighbours(2);
		assertThat(neighbours).containsExactly(0, 1, 3);
		neighbours[0] = 3;
		assertThat(graph.neighbours(2)).containsExactly(0, 1, 3);
	}

	@Test
	void nodes_without_edges_are_kept() {
		var graph = Graph.of(3, new int[0], new int[0]);

		assertThat(graph.nodeCount()).isEqualTo(3);
		assertThat(graph.edgeCount()).isZero();
		assertThat(graph.neighbours(1)).isEmpty();
	}

	@Test
	void an_edge_to_a_node_outside_the_graph_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Graph.of(2, new int[] { 0 }, new int[] { 2 }))
			.withMessageContaining("outside 0..1");
		assertThatIllegalArgumentException().isThrownBy(() -> Graph.of(2, new int[] { 0 }, new int[0]));
	}
}
