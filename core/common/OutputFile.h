#pragma once
// Where a writer's finished file goes, and why it could not go there, in the clerk's words: the
// one place that knows a file open in Excel or Word cannot be replaced on Windows.

#include "core/common/Result.h"

#include <QString>

namespace OutputFile {

// "Không ghi được tệp «…»: <why>." — the file open in another program, read-only, its folder
// missing or not writable; else the system's own words (kept as the detail too).
Error cannotWrite(const QString& target, const QString& systemError = {});

// Replaces `target` with a copy of `source` in one step (the copy is made in the target's folder,
// then renamed over it): at every moment `target` is the old file or the new one, never missing
// nor half-written, and the old one stays untouched when it cannot be replaced.
Status copyIntoPlace(const QString& source, const QString& target);
// The same for a finished file of the caller's, which is gone afterwards whatever happens.
Status moveIntoPlace(const QString& finished, const QString& target);

} // namespace OutputFile
