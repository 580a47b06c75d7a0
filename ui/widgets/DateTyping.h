#pragma once
// A date typed the way a clerk types it, "15/11/2025", into a QDateEdit. Qt's own editing drops
// the day typed over a selected or clicked field, and reads the "/" typed after a full section
// as a move past the next one; this reads each digit into the section it lands in and takes a
// separator typed at the start of a section as already done.

class QDateTimeEdit;

void acceptTypedDates(QDateTimeEdit* edit);
