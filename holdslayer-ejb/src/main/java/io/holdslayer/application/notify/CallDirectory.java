package io.holdslayer.application.notify;

import java.util.Optional;

/** Looks up who a call was to. */
public interface CallDirectory {

    Optional<CalledCompany> companyOf(String callId);
}
