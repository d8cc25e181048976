#pragma once

namespace pinedesk {

// libcurl's process-wide set-up, done once before the first transfer from any thread.
void ensureCurlReady();

} // namespace pinedesk
