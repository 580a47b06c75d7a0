#pragma once
// Peak resident memory of this process for the benchmarks, in MiB; -1 where the system does not tell.

#include <QFile>

inline double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status")); // Linux: VmHWM
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}
