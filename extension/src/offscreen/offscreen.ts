// Chromium's offscreen document: the engine's home (service workers are stopped when idle and
// would lose the loaded engine). Answers only requests the background forwards to "engine".
import { isCheckRequest } from "../shared/messages.js";
import { answerCheck, warmUp } from "./engine_host.js";

chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isCheckRequest(message, "engine")) return false;
  void answerCheck(message).then(sendResponse);
  return true;
});
warmUp();
