package org.amity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The checks use cases make, for each kind of caller. */
class AccessTest {

	static final long SEOUL = 1, TOKYO = 2, PROGRAM = 7;

	final CurrentUser currentUser = new CurrentUser();
	final Access access = new Access(currentUser);

	@Test
	void a_tokyo_officer_is_staff_of_tokyo_and_refused_for_seoul() {
		var tokyoOfficer = Caller.of(10, "tokyo", List.of(Grant.of(Role.CITY_OFFICER, TOKYO)), false);
		currentUser.runAs(tokyoOfficer, () -> {
			assertThat(access.requireStaffOf(TOKYO)).isEqualTo(tokyoOfficer);
			assertThat(access.requireStaffOfAny(SEOUL, TOKYO)).isEqualTo(tokyoOfficer);
			assertThatThrownBy(() -> access.requireStaffOf(SEOUL)).isInstanceOf(AccessDeniedException.class)
				.extracting(e -> ((AccessDeniedException) e).reason())
				.isEqualTo(AccessDeniedException.Reason.STAFF);
			assertThatThrownBy(() -> access.requirePlatformAdmin()).isInstanceOf(AccessDeniedException.class);
		});
	}

	@Test
	void nobody_signed_in_is_asked_to_sign_in() {
		assertThat(currentUser.get().isAnonymous()).isTrue();
		assertThatThrownBy(() -> access.requireStaffOf(SEOUL)).isInstanceOf(AccessDeniedException.class)
			.extracting(e -> ((AccessDeniedException) e).reason())
			.isEqualTo(AccessDeniedException.Reason.SIGN_IN);
	}

	@Test
	void a_platform_admin_is_staff_of_every_city_and_holds_every_scoped_role() {
		var admin = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);
		currentUser.runAs(admin, () -> {
			access.requireStaffOf(SEOUL);
			access.requireCoordinatorOf(PROGRAM);
			access.requirePlatformAdmin();
		});
	}

	@Test
	void a_coordinator_coordinates_only_their_program_and_is_no_city_staff() {
		var coordinator = Caller.of(3, "coord", List.of(Grant.of(Role.PROGRAM_COORDINATOR, PROGRAM)), false);
		currentUser.runAs(coordinator, () -> {
			access.requireCoordinatorOf(PROGRAM);
			assertThatThrownBy(() -> access.requireCoordinatorOf(PROGRAM + 1)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> access.requireStaffOf(TOKYO)).isInstanceOf(AccessDeniedException.class);
		});
		assertThat(coordinator.isStaff()).isTrue();
	}

	@Test
	void a_researcher_and_a_participant_are_not_staff() {
		var researcher = Caller.of(4, "r", List.of(Grant.platform(Role.RESEARCHER)), false);
		var participant = Caller.of(5, "p", List.of(Grant.platform(Role.PARTICIPANT)), false);
		assertThat(researcher.isStaff()).isFalse();
		assertThat(participant.isStaff()).isFalse();
		currentUser.runAs(researcher, () -> access.requireRole(Role.RESEARCHER));
	}

	@Test
	void a_grant_names_a_scope_exactly_when_its_role_has_one_and_reads_back_from_its_authority() {
		assertThatThrownBy(() -> new Grant(Role.CITY_OFFICER, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Grant(Role.PLATFORM_ADMIN, 3L)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Grant.parse(Grant.of(Role.REVIEWER, 7).authority())).isEqualTo(Grant.of(Role.REVIEWER, 7));
		assertThat(Grant.parse("RESEARCHER")).isEqualTo(Grant.platform(Role.RESEARCHER));
	}

	@Test
	void the_caller_before_run_as_acts_again_afterwards() {
		var one = Caller.of(1, "one", List.of(Grant.platform(Role.PARTICIPANT)), false);
		currentUser.runAs(one, () -> assertThat(currentUser.get()).isEqualTo(one));
		assertThat(currentUser.get().isAnonymous()).isTrue();
	}
}
