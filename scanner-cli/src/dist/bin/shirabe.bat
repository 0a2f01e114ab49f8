@echo off
rem Runs Shirabe from its release archive. Needs only a Java 17+ runtime: %JAVA_HOME%\bin\java.exe,
rem or java on PATH. JVM options: SHIRABE_JAVA_OPTS (default: a 512 MB heap that starts at 128 MB,
rem serial GC); for the extraction processes, SHIRABE_EXTRACT_JAVA_OPTS (default: a 256 MB heap
rem each). The same defaults as bin/shirabe. Files are written with the folder's permissions:
rem keep reports in a folder only their owner can read.
setlocal
set "SHIRABE_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set "JAVA_OPTS=-Xmx512m -Xms128m -XX:+UseSerialGC"
if defined SHIRABE_JAVA_OPTS set "JAVA_OPTS=%SHIRABE_JAVA_OPTS%"
rem A subject look-up is short: the quick compiler (C1) only, as bin/shirabe does; other commands
rem call the optimising one (C2) only for code sixteen times as hot as by default, as bin/shirabe does.
set "JIT_OPTS=-XX:Tier4InvocationThreshold=80000 -XX:Tier4MinInvocationThreshold=9600 -XX:Tier4CompileThreshold=240000 -XX:Tier4BackEdgeThreshold=640000"
if /i "%~1"=="subject" set "JIT_OPTS=-XX:TieredStopAtLevel=1"
"%JAVA_EXE%" %JAVA_OPTS% %JIT_OPTS% -cp "%SHIRABE_HOME%\lib\*" dev.shirabe.cli.Main %*
exit /b %ERRORLEVEL%
