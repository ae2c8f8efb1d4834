package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.StaffAccount;
import java.time.Duration;

/** A staff token and the refresh cookie's new secret, for the account they sign in. */
/** {@code enrolling}: the token may only enrol a second factor, which the account must have before anything else. */
public record SignedIn(StaffAccount account, String token, Duration tokenLifetime, String sessionSecret, Duration sessionLifetime,
                       boolean enrolling) {
}
