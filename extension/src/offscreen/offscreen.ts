// Chromium's offscreen document: the engine's home (service workers are stopped when idle and
// would lose the loaded engine). Answers only requests this extension's service worker forwards.
import { isCheckRequest, isOwnSender } from "../shared/messages.js";
import { answerCheck, warmUp } from "./engine_host.js";

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isOwnSender(sender, false) || !isCheckRequest(message, "engine")) return false;
  void answerCheck(message).then(sendResponse);
  return true;
});
warmUp();
