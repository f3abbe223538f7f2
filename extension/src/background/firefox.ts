// Firefox's background page: it has a DOM and stays loaded, so it hosts the engine itself.
import { isCheckRequest, isOwnSender } from "../shared/messages.js";
import { answerCheck, warmUp } from "../offscreen/engine_host.js";

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isOwnSender(sender, true) || !isCheckRequest(message, "background")) return false;
  void answerCheck(message).then(sendResponse);
  return true;
});
warmUp();
