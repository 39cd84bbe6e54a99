#!/usr/bin/env -S dotnet run
// Writes data/gazetteer/gazetteer.bin, the precompiled gazetteer index, from the gazetteer's source files
// (countries.tsv, admin1.tsv, places.tsv.gz, aliases.tsv) with Sitrep's own loader, so the index holds exactly
// what loading the sources gives. The index is derived data and not kept in the repository: Sitrep writes it itself
// on the first load that finds it missing or stale; this script writes it ahead of time (for a read-only install,
// or after tools/build_gazetteer.py, which runs it). Usage: dotnet run tools/build_gazetteer_index.cs [-- data/gazetteer]
// Output licence: GeoNames data, CC BY 4.0 (see the header of places.tsv.gz).
#:project ../src/Sitrep/Sitrep.csproj

var directory = args.Length > 0 ? args[0] : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "data", "gazetteer");
var path = Sitrep.Places.Gazetteer.WriteIndex(Path.GetFullPath(directory));
Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
